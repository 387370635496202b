import { runService } from '@crm/platform';
import { start } from './index';

runService('complaint', () => start());
