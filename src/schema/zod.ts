// Imported for its side effect before any schema is built (ES modules run their imports in order): pages with
// a strict Content Security Policy forbid the eval-based fast path, so zod must run jitless everywhere.
// Schema modules import `* as z from 'zod/mini'` themselves; re-exporting the namespace from here would keep
// every part of zod, all its locales included, in the bundle.
import { config } from 'zod/mini';

config({ jitless: true });
