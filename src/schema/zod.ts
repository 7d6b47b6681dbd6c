// Every schema in the package is built from this module so that the jitless setting is in force before the
// first schema exists: pages with a strict Content Security Policy forbid the eval-based fast path.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
