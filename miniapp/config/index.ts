import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const TARO_ENV = process.env.TARO_ENV ?? 'h5';

/** The API base: same origin for H5 (the server serves the app), a full URL for the mini-program. */
const API_BASE =
  process.env.TARO_APP_API_BASE ?? (TARO_ENV === 'h5' ? '/api/v1' : 'http://127.0.0.1:3000/api/v1');

/**
 * Subscribe-message template ids per event group ({"enrolment":"…","recommendation":"…"}), the same
 * ids as the server's WECHAT_TEMPLATES; a group left out is never asked for.
 */
const WECHAT_TEMPLATE_IDS: Record<string, string> = JSON.parse(
  process.env.TARO_APP_WECHAT_TEMPLATES || '{}',
) as Record<string, string>;

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'labor-brand-miniapp',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${TARO_ENV}`,
    plugins: [],
    defineConstants: {
      API_BASE: JSON.stringify(API_BASE),
      WECHAT_TEMPLATE_IDS: JSON.stringify(WECHAT_TEMPLATE_IDS),
    },
    copy: {
      patterns:
        TARO_ENV === 'h5'
          ? [
              { from: 'src/rem.js', to: 'dist/h5/rem.js' },
              { from: 'src/assets/tabbar/home-active.png', to: 'dist/h5/favicon.png' },
            ]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Every stylesheet is scoped by its own BEM block, so the order shared styles land in the
      // common chunk does not matter (as on H5 below); without this each build warns about it.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // Taro splits only the initial chunks, so every lazily loaded page carried its own copy of
        // Taro's H5 components (about 17-80 KB each). Split the page chunks too, for weak networks.
        const splitChunks = chain.optimization.get('splitChunks') as
          Record<string, unknown> | false;
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' });
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
