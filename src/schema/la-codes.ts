/**
 * Three-digit codes of English local authorities as used in UPNs and LAESTABs (including codes of authorities
 * replaced since 2019, which still appear in older UPNs). An unknown code is a warning, never an error.
 */
const ranges: readonly (readonly [number, number])[] = [
  [201, 213], [301, 320], [330, 336], [340, 344], [350, 359], [370, 373], [380, 384], [390, 394], [420, 420],
  [800, 803], [805, 808], [810, 813], [815, 816], [820, 826], [830, 831], [835, 841], [845, 846], [850, 852],
  [855, 857], [860, 861], [865, 896], [908, 909], [916, 916], [919, 919], [921, 921], [925, 926], [928, 929],
  [931, 931], [933, 933], [935, 938], [940, 943],
];

export const englishLaCodes: ReadonlySet<string> = new Set(
  ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => String(first + index))),
);
