// Written by scripts/generate-migrations.mjs: every migration of this dialect, in order.
import { Init1795351249274 } from './1795351249274-Init';
import { Accounts1795698413529 } from './1795698413529-Accounts';
import { Catalogue1795701314531 } from './1795701314531-Catalogue';
import { Enrolment1795703244169 } from './1795703244169-Enrolment';
import { EnrolmentAssisted1795703557178 } from './1795703557178-EnrolmentAssisted';
import { Attendance1795704594606 } from './1795704594606-Attendance';
import { Geofence1795705665278 } from './1795705665278-Geofence';
import { Certification1795707940879 } from './1795707940879-Certification';
import { Coordination1795711198673 } from './1795711198673-Coordination';
import { JobsAndDelivery1795711386082 } from './1795711386082-JobsAndDelivery';
import { RecommendationIndexes1795719238655 } from './1795719238655-RecommendationIndexes';
import { JobInvitations1795720181161 } from './1795720181161-JobInvitations';

export const SQLITE_MIGRATIONS = [Init1795351249274, Accounts1795698413529, Catalogue1795701314531, Enrolment1795703244169, EnrolmentAssisted1795703557178, Attendance1795704594606, Geofence1795705665278, Certification1795707940879, Coordination1795711198673, JobsAndDelivery1795711386082, RecommendationIndexes1795719238655, JobInvitations1795720181161];
