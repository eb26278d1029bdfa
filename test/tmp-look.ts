import { fileSnap, seen } from './support/both-front-ends';
(async () => {
  for (const f of process.argv.slice(2)) {
    const s = await fileSnap(f);
    console.log(f, ['P2', 'P3', 'P4', 'P5'].map((a) => JSON.stringify(seen(s, 'P1', a))).join(' '));
  }
})();
