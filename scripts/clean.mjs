// @ts-check
// Removes build outputs so each `npm run build` starts from nothing (stale files would hide a broken step).
import { rmSync } from 'node:fs';

for (const path of ['dist', 'custom-elements.json']) {
  rmSync(new URL(`../${path}`, import.meta.url), { recursive: true, force: true });
}
