/** Text files bundled as strings (esbuild's `text` loader, scripts/build-gas.mjs): the sample report for the self-test. */
declare module '*.txt' {
  const text: string;
  export default text;
}
