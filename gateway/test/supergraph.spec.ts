import fs from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../src';

describe('the committed supergraph', () => {
  it('is what composing the five subgraph schemas gives today (run npm run compose when this fails)', () => {
    expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });

  it('is a standard Federation 2 supergraph that Apollo Router can load (join and link specs, five graphs)', () => {
    const sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/link/v1.0")');
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/join\/v0\.\d+", for: EXECUTION\)/);
    for (const name of ['CUSTOMER', 'CREDIT', 'COMPLAINT', 'SUPPLIER', 'RECEPTION'])
      expect(sdl).toMatch(new RegExp(`${name} @join__graph\\(name: "${name.toLowerCase()}"`));
  });
});
