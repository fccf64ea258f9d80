import type { PropsWithChildren } from 'react';
import { preventJavascriptLinks } from './csp-safe-links';
import './app.scss';

if (process.env.TARO_ENV === 'h5') preventJavascriptLinks(document);

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
