/**
 * Builds the add-in into dist/: the task pane (React + Fluent UI), the ribbon commands' FunctionFile
 * and the outcome dialog, each an HTML page that loads office.js from Microsoft's CDN; the manifest and
 * the icons are copied alongside.
 *
 *   npm run build                                         dist/ for https://localhost:3000
 *   ADDIN_HOST=https://addins.example.gov.uk npm run build  dist/ whose manifest points at that host
 *   npm start                                             serves dist/ at https://localhost:3000
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_HOST = 'https://localhost:3000';
const DIST = path.resolve(__dirname, 'dist');

/** The host the built manifest points at: ADDIN_HOST, else the development server. */
function addinHost() {
  const host = (process.env.ADDIN_HOST || DEV_HOST).trim().replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(host)) {
    throw new Error(`ADDIN_HOST must be an https:// address (got "${process.env.ADDIN_HOST}"): Office loads add-ins only over https.`);
  }
  return host;
}

/**
 * https options for the development server: office-addin-dev-certs' certificates. Installing (trusting)
 * their CA needs administrator rights; where that fails, the certificates it generates are used as they
 * are (trust the CA by hand, see docs/addin.md).
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
    if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) await devCerts.generateCertificates();
    console.warn(`Could not install the development CA certificate (${e.message.split('\n')[0]}); serving with the certificates in ${dir}.`);
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  }
}

function page(name, template, chunks) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: 'defer' });
}

module.exports = async (_env, argv) => {
  const dev = argv.mode !== 'production';
  const host = addinHost();
  const config = {
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      dialog: './src/dialog/dialog.ts',
    },
    output: { path: DIST, filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm test` (tsc --noEmit); the bundle only needs the JavaScript.
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.webpack.json', transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands', './src/commands/commands.html', ['commands']),
      page('dialog', './src/dialog/dialog.html', ['dialog']),
      page('help', './src/taskpane/help.html', []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (host === DEV_HOST ? content : content.toString().split(DEV_HOST).join(host)),
          },
        ],
      }),
    ],
  };
  if (argv.env && argv.env.WEBPACK_SERVE) {
    config.devServer = {
      static: { directory: DIST },
      port: 3000,
      host: 'localhost',
      hot: false,
      liveReload: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await httpsOptions() },
      client: { overlay: { errors: true, warnings: false } },
    };
  }
  return config;
};
