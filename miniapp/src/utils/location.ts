import Taro from '@tarojs/taro';

export interface Place {
  latitude: number;
  longitude: number;
}

// The Krasovsky 1940 ellipsoid, which GCJ-02 is defined on.
const AXIS = 6378245.0;
const ECCENTRICITY_SQUARED = 0.006693421622965943;

function outOfChina(latitude: number, longitude: number): boolean {
  return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
}

function latitudeShift(x: number, y: number): number {
  let shift = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  shift += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  shift += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  shift += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return shift;
}

function longitudeShift(x: number, y: number): number {
  let shift = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  shift += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  shift += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  shift += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return shift;
}

/**
 * GPS coordinates (WGS-84) as China's map datum (GCJ-02), the one WeChat's getLocation gives with
 * type 'gcj02' and the one sessions' coordinates are kept in. In China the two differ by a few
 * hundred metres — more than a class's geofence. The published conversion, accurate to a few metres;
 * outside China the datums agree.
 */
export function wgs84ToGcj02(latitude: number, longitude: number): Place {
  if (outOfChina(latitude, longitude)) return { latitude, longitude };
  const x = longitude - 105;
  const y = latitude - 35;
  const radians = (latitude / 180) * Math.PI;
  const sin = Math.sin(radians);
  const magic = 1 - ECCENTRICITY_SQUARED * sin * sin;
  const root = Math.sqrt(magic);
  const dLatitude =
    (latitudeShift(x, y) * 180) /
    (((AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * root)) * Math.PI);
  const dLongitude = (longitudeShift(x, y) * 180) / ((AXIS / root) * Math.cos(radians) * Math.PI);
  return { latitude: latitude + dLatitude, longitude: longitude + dLongitude };
}

/**
 * Where the phone is, in GCJ-02, for a session that checks the worker is at the class; null when the
 * worker refuses (or the phone cannot tell). WeChat converts itself; Taro's H5 getLocation only
 * gives GPS coordinates (it rejects type 'gcj02'), so those are converted here.
 */
export async function currentPlace(): Promise<Place | null> {
  try {
    if (process.env.TARO_ENV === 'h5') {
      const gps = await Taro.getLocation({ type: 'wgs84' });
      return wgs84ToGcj02(gps.latitude, gps.longitude);
    }
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
    return { latitude, longitude };
  } catch {
    return null;
  }
}
