import type { ApolloServerPlugin } from '@apollo/server';
import { DEMO_STAFF, demoStaffWithRole, issueClientToken } from '@crm/platform';
import { IDE_PATH } from './ide-assets';

/** A demo role's token, one click away in the IDE. */
export interface DemoToken {
  role: string;
  staff: string;
  token: string;
}

/** One token per role the demo staff hold, signed with the development secret, fresh on every page load. */
export async function demoTokens(jwtSecret: string): Promise<DemoToken[]> {
  const roles = [...new Set(DEMO_STAFF.flatMap((s) => s.roles))];
  return Promise.all(
    roles.flatMap((role) => {
      const staff = demoStaffWithRole(role);
      if (!staff) return [];
      const caller = { id: staff.id, name: staff.name, roles: staff.roles, departmentId: staff.departmentId };
      return [issueClientToken(jwtSecret, caller, '12h').then((token) => ({ role, staff: `${staff.name} (${staff.id})`, token }))];
    }),
  );
}

/** JSON inside a <script> element: `<` escaped so no value can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The browser side: a token bar above GraphiQL (a token field and the demo roles' buttons), the token kept in
 * localStorage and sent as `Authorization: Bearer …` with every operation, beside any header typed in GraphiQL.
 */
const CLIENT = `
(function () {
  var demo = JSON.parse(document.getElementById('demo-tokens').textContent);
  var field = document.getElementById('token');
  var who = document.getElementById('token-who');
  field.value = localStorage.getItem('crm.token') || '';
  function use(token, label) {
    field.value = token;
    localStorage.setItem('crm.token', token);
    who.textContent = label || '';
  }
  field.addEventListener('input', function () { use(field.value.trim(), ''); });
  var roles = document.getElementById('roles');
  demo.forEach(function (d) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = d.role;
    button.title = d.staff;
    button.setAttribute('data-role', d.role);
    button.addEventListener('click', function () { use(d.token, d.role + ' — ' + d.staff); });
    roles.appendChild(button);
  });
  if (!demo.length) roles.textContent = '';
  function fetcher(params, options) {
    var headers = Object.assign({ 'content-type': 'application/json', accept: 'application/json' }, (options && options.headers) || {});
    if (field.value) headers.authorization = 'Bearer ' + field.value;
    return fetch(window.location.pathname, { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (r) {
      return r.json();
    });
  }
  var query = '# 按 Ctrl-Enter 运行 / Ctrl-Enter runs the operation\\n{\\n  customers(first: 3) {\\n    totalCount\\n    edges { node { code name grade } }\\n  }\\n}\\n';
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: query, shouldPersistHeaders: false })
  );
})();
`;

function page(tokens: DemoToken[]): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>CRM GraphQL</title>
<link rel="stylesheet" href="${IDE_PATH}/graphiql.css">
<style>
  html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  #token-bar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 6px 10px; background: #f3f4f6; border-bottom: 1px solid #d1d5db; font-size: 13px; }
  #token { flex: 1 1 320px; font-family: monospace; font-size: 12px; padding: 3px 6px; }
  #roles button { font-size: 11px; margin: 1px; cursor: pointer; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="token-bar">
  <label for="token">Bearer token</label>
  <input id="token" type="text" autocomplete="off" spellcheck="false" placeholder="eyJ… (npm run -s token -- --role GM)">
  <span id="token-who"></span>
  <div id="roles" aria-label="demo roles">${tokens.length ? '演示角色 / demo roles: ' : ''}</div>
</div>
<div id="graphiql"></div>
<script id="demo-tokens" type="application/json">${scriptJson(tokens)}</script>
<script src="${IDE_PATH}/react.js"></script>
<script src="${IDE_PATH}/react-dom.js"></script>
<script src="${IDE_PATH}/graphiql.js"></script>
<script>${CLIENT}</script>
</body>
</html>`;
}

/**
 * The development landing page at GET /graphql: GraphiQL served from the gateway itself, no CDN, with the bearer
 * token settable above it. `tokens` gives the demo roles' tokens (development only; none when the secret is not
 * the development one). Production keeps the landing page off.
 */
export function graphiqlLandingPage(tokens: () => Promise<DemoToken[]>): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: async () => page(await tokens()) };
        },
      };
    },
  };
}
