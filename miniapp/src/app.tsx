import type { PropsWithChildren } from 'react';
import { preventJavascriptLinks } from './csp-safe-links';
import { useOpenedFromNotification } from './hooks/use-notifications';
import './app.scss';

if (process.env.TARO_ENV === 'h5') preventJavascriptLinks(document);

function App({ children }: PropsWithChildren) {
  // A push opens its page with `nid`: that message is read now, whichever page it is.
  useOpenedFromNotification();
  return children;
}

export default App;
