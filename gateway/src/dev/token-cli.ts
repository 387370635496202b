import { parseArgs } from 'node:util';
import { DEMO_STAFF, demoStaffWithRole, DEV_JWT_SECRET, issueClientToken, readSecret } from '@crm/platform';

const USAGE = `usage: npm run -s token -- --role <ROLE> | --user <staff id> [--ttl 12h]
Prints a development bearer token signed with JWT_SECRET (default: the documented development secret).
Roles of the demo staff: ${[...new Set(DEMO_STAFF.flatMap((s) => s.roles))].join(', ')}`;

/** Development tokens for the demo staff, so a newcomer can call the gateway with curl. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, user: { type: 'string' }, ttl: { type: 'string', default: '12h' }, help: { type: 'boolean' } },
  });
  if (values.help || (!values.role && !values.user)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const staff = values.user ? DEMO_STAFF.find((s) => s.id === values.user) : demoStaffWithRole(values.role ?? '');
  if (!staff) {
    process.stderr.write(`no demo staff member ${values.user ? `with id ${values.user}` : `holds the role ${values.role}`}\n${USAGE}\n`);
    process.exit(2);
  }
  const secret = readSecret('token', process.env, 'JWT_SECRET', DEV_JWT_SECRET);
  const token = await issueClientToken(
    secret,
    { id: staff.id, name: staff.name, roles: staff.roles, departmentId: staff.departmentId },
    values.ttl,
  );
  process.stderr.write(`token for ${staff.name} (${staff.id}, ${staff.roles.join('+')}, ${staff.departmentId}), valid ${values.ttl}\n`);
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
