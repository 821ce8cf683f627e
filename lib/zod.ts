/**
 * The one place Zod is imported from. Zod 4 compiles parsers with `new Function`, which is a CSP
 * violation on extension pages and flagged by AMO's linter (DANGEROUS_EVAL): turn the JIT off
 * before any schema is defined.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
