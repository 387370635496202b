import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Where the IDE's static files are served from the gateway (development only). */
export const IDE_PATH = '/ide';

interface Asset {
  file: string;
  type: string;
}

/** A package's folder, through its main entry at the package's top (these packages export no deep paths). */
const packageDir = (name: string) => path.dirname(require.resolve(name));

/**
 * GraphiQL and React from the project's own installed packages: the IDE opens on an intranet without internet,
 * where the CDN-hosted Apollo Sandbox cannot load. GraphiQL 3's UMD build needs React 18's UMD builds beside it.
 */
function assets(): Record<string, Asset> {
  const graphiql = path.join(path.dirname(require.resolve('graphiql/package.json')), 'dist');
  const react = path.join(packageDir('react'), 'umd');
  const reactDom = path.join(packageDir('react-dom'), 'umd');
  return {
    [`${IDE_PATH}/react.js`]: { file: path.join(react, 'react.production.min.js'), type: 'text/javascript' },
    [`${IDE_PATH}/react-dom.js`]: { file: path.join(reactDom, 'react-dom.production.min.js'), type: 'text/javascript' },
    [`${IDE_PATH}/graphiql.js`]: { file: path.join(graphiql, 'index.umd.js'), type: 'text/javascript' },
    [`${IDE_PATH}/graphiql.css`]: { file: path.join(graphiql, 'style.css'), type: 'text/css' },
  };
}

/** HTTP routes serving the IDE's files, read once and kept in memory (about 1.5 MB). */
export function ideAssetRoutes(): Record<string, (req: IncomingMessage, res: ServerResponse) => void> {
  return Object.fromEntries(
    Object.entries(assets()).map(([route, { file, type }]) => {
      const body = fs.readFileSync(file);
      return [
        route,
        (_req: IncomingMessage, res: ServerResponse) => {
          res.writeHead(200, {
            'content-type': `${type}; charset=utf-8`,
            'content-length': body.length,
            'cache-control': 'public, max-age=3600',
          });
          res.end(body);
        },
      ];
    }),
  );
}
