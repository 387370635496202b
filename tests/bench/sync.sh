#!/bin/sh
# dev helper (to be deleted): copy the bench into the HEAD snapshot and compile it there
rsync -a --delete --exclude dist --exclude results --exclude sync.sh /work/main/tests/bench/ /tmp/crm-head/tests/bench/ && cd /tmp/crm-head && npx tsc -p tests/bench/tsconfig.json
