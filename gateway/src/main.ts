import { runService } from '@crm/platform';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway-server';

// async: a bad variable rejects the start, so runService prints its one line instead of a stack trace.
runService('gateway', async () => startGateway(loadGatewayConfig()));
