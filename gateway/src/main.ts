import { runService } from '@crm/platform';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway-server';

runService('gateway', () => startGateway(loadGatewayConfig()));
