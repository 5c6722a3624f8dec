import type { Catalog } from '../translation';
import { admin } from './admin';
import { common } from './common';
import { launch } from './launch';
import { meetings } from './meetings';
import { rooms } from './rooms';

const catalog: Catalog = { ...common, ...admin, ...rooms, ...meetings, ...launch };
export default catalog;
