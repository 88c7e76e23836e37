/**
 * Whether a photo's own metadata tells where it was taken: a GPS position in its EXIF block or in
 * its XMP packet (as sharp's `metadata()` gives them). Photos the build makes carry neither; a
 * file published as it is (from `public/`) carries whatever the camera or the editing app wrote.
 */
import exifReader from 'exif-reader';

/** The metadata blocks of a photo, as sharp reads them. */
export interface PhotoMetadata {
  exif?: Buffer | undefined;
  xmp?: Buffer | undefined;
}

/** An XMP property of a position (`exif:GPSLatitude`, `exif:GPSLongitude`), as element or attribute. */
const XMP_POSITION = /GPS(?:Latitude|Longitude)\b/;

/** Whether `metadata` holds a latitude or a longitude. An EXIF block that cannot be read holds none. */
export function tellsPlace(metadata: PhotoMetadata): boolean {
  if (metadata.xmp && XMP_POSITION.test(metadata.xmp.toString('utf8'))) return true;
  if (!metadata.exif) return false;
  try {
    const gps = exifReader(metadata.exif).GPSInfo;
    return gps?.GPSLatitude !== undefined || gps?.GPSLongitude !== undefined;
  } catch {
    return false;
  }
}
