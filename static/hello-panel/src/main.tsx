import { mountApp } from '../../common';
import { HelloPanel } from './HelloPanel';

void mountApp((context) => <HelloPanel context={context} />);
