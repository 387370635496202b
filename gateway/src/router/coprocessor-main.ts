import { readNumber, runService } from '@crm/platform';
import { loadGatewayConfig } from '../config';
import { startCallerCoprocessor } from './caller-coprocessor';

// Beside Apollo Router (deploy/router/router.yaml): node dist/router/coprocessor-main.js
runService('router-coprocessor', async () =>
  startCallerCoprocessor(loadGatewayConfig(), readNumber('router-coprocessor', process.env, 'ROUTER_COPROCESSOR_PORT', 4010, 0, 65535)),
);
