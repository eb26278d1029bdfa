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
const { NormalModuleReplacementPlugin } = require('webpack');

const DEV_HOST = 'https://localhost:3000';
const DIST = path.resolve(__dirname, 'dist');

/** The host the built manifest points at: ADDIN_HOST, else the development server. */
function addinHost() {
  const host = (process.env.ADDIN_HOST || DEV_HOST).trim().replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(host)) {
    throw new Error(
      `ADDIN_HOST must be an https:// address (got "${process.env.ADDIN_HOST}"): Office loads add-ins only over https.`,
    );
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
    console.warn(
      `Could not install the development CA certificate (${e.message.split('\n')[0]}); serving with the certificates in ${dir}.`,
    );
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  }
}

function page(name, template, chunks) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: 'defer' });
}

/** TypeScript through ts-loader with a given tsconfig (types are checked by `npm test`, tsc --noEmit). */
function typescript(configFile) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: 'ts-loader', options: { configFile, transpileOnly: true } },
  };
}

/**
 * Two builds into one dist/:
 *
 * - "pane" (the task pane, help page, manifest, icons): ES2017, the level EdgeHTML 18 parses (Office
 *   2019/2021 perpetual on Windows without WebView2): EdgeHTML 18 has no object rest/spread, optional
 *   catch binding, async iteration (ES2018–2019), `?.`, `??` (ES2020) or class fields and static blocks
 *   (ES2022). Its first script, src/taskpane/webview-check.js, is plain ES5 copied as it is: in Internet
 *   Explorer 11 it shows a plain page instead of a blank pane.
 * - "legacy" (the ribbon commands' FunctionFile and the outcome dialog): ES5 with core-js polyfills,
 *   so the ribbon buttons work wherever add-in commands exist, Internet Explorer 11 included. The
 *   FunctionFile is a small shell (src/commands/shell.ts); the engine and the adapter are its chunk,
 *   commands-engine.*.js, loaded when a ribbon command first runs. It is not the pane's engine chunk:
 *   that one is ES2017 and carries the result panels (React), this one ES5 for IE11, and the two pages
 *   never share a window (the manifest has no shared runtime).
 *
 * The legacy build runs after the pane build (dependencies), which alone empties dist/ first.
 */
/**
 * Prints the task pane's bundle sizes when building for production: the initial bundle (every script
 * taskpane.html loads at start, but office.js and the ES5 first script) and all its chunks together
 * (the engine, the dark theme and the polyfills load later, when needed), minified and gzip.
 */
class PaneSizePlugin {
  apply(compiler) {
    compiler.hooks.emit.tap('PaneSizePlugin', (compilation) => {
      const entry = compilation.entrypoints.get('taskpane');
      if (!entry) return;
      const zlib = require('zlib');
      const measure = (files) => {
        let raw = 0;
        let gzip = 0;
        for (const file of files) {
          const source = compilation.getAsset(file).source.buffer();
          raw += source.length;
          gzip += zlib.gzipSync(source, { level: 9 }).length;
        }
        return { raw, gzip };
      };
      const initial = measure(entry.getFiles().filter((f) => f.endsWith('.js')));
      const all = measure([...compilation.chunks].flatMap((c) => [...c.files]).filter((f) => f.endsWith('.js')));
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      console.log(
        `Task pane initial bundle: ${kb(initial.raw)} minified, ${kb(initial.gzip)} gzip (all its chunks: ${kb(all.raw)} minified, ${kb(all.gzip)} gzip)`,
      );
    });
  }
}

function paneConfig(dev, host) {
  return {
    name: 'pane',
    target: ['web', 'es2017'],
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    // The engine chunk (and the polyfills, for old webviews) load after the first render: taskpane-*.js.
    output: {
      path: DIST,
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'taskpane-[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        typescript('tsconfig.webpack.json'),
        // Fluent UI ships ES2018+ (object spread …): brought down to ES2017 like our own code.
        {
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: 'tsconfig.webpack.json',
              transpileOnly: true,
              compilerOptions: { allowJs: true, sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...(dev ? [] : [new PaneSizePlugin()]),
      // Fluent's table of design tokens (467 entries of the form `name: 'var(--name)'`, 29 KB) replaced by
      // src/taskpane/fluent-tokens.ts, which gives the same value for every name (tested against the table).
      new NormalModuleReplacementPlugin(
        /@fluentui[\\/]tokens[\\/]lib[\\/]tokens\.js$/,
        path.resolve(__dirname, 'src/taskpane/fluent-tokens.ts'),
      ),
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane']),
      page('help', './src/taskpane/help.html', []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/taskpane/webview-check.js', to: 'webview-check.js' },
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
}

function legacyConfig(dev) {
  return {
    name: 'legacy',
    dependencies: ['pane'],
    target: ['web', 'es5'],
    // eval-source-map wraps modules in eval strings: fine for IE11, but keep the files plain.
    devtool: 'source-map',
    entry: {
      // The polyfills are an entry of their own, which commands.html loads only where the webview lacks
      // what they provide (IE11, old EdgeHTML): Microsoft 365's Chromium never downloads them.
      'commands-polyfills': './src/commands/polyfills.ts',
      commands: './src/commands/function-file.ts',
      dialog: './src/dialog/dialog.ts',
    },
    output: {
      path: DIST,
      filename: '[name].[contenthash:8].js',
      // The ribbon shell's engine chunk (src/commands/engine.ts), loaded when a command first runs.
      chunkFilename: 'commands-[name].[contenthash:8].js',
      // Chunks load from beside the page (commands.html on the add-in's own origin, ADDIN_HOST's path
      // included). Not "auto": it takes the URL of the last <script> on the page where the webview has no
      // document.currentScript (IE11), and office.js adds scripts of its own from Microsoft's CDN.
      publicPath: '',
      clean: false,
      environment: {
        arrowFunction: false,
        const: false,
        destructuring: false,
        forOf: false,
        module: false,
        optionalChaining: false,
        templateLiteral: false,
      },
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [typescript('tsconfig.es5.json')] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        // The polyfills' hashed file name, for the page's conditional loader.
        templateParameters: (compilation) => ({
          polyfills: [...compilation.entrypoints.get('commands-polyfills').getFiles()].find((f) => f.endsWith('.js')),
        }),
      }),
      page('dialog', './src/dialog/dialog.html', ['dialog']),
    ],
  };
}

module.exports = async (_env, argv) => {
  const dev = argv.mode !== 'production';
  const host = addinHost();
  const pane = paneConfig(dev, host);
  const legacy = legacyConfig(dev);
  if (argv.env && argv.env.WEBPACK_SERVE) {
    pane.devServer = {
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
  return [pane, legacy];
};
