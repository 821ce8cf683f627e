/** The zh-CN message catalogue for the in-page views, injected with the on-demand script (lib/content/catalogue-handover.ts). */
import { zhCN } from '../lib/i18n/zh-CN';
import { leaveCatalogue } from '../lib/content/catalogue-handover';

export default defineUnlistedScript(() => leaveCatalogue('zh-CN', zhCN));
