import { contentScriptMatches } from '../../lib/extract/shops';
import { runOnPage } from './page';

export default defineContentScript({
  // The shop registry is the only list of shops: it generates these patterns at build time.
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main(ctx) {
    runOnPage(ctx);
  },
});
