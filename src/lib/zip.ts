/**
 * A zip file of files already in memory. Node's zlib compresses (native code, about three times
 * faster than fflate's own deflate); fflate only writes the zip container around the result.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

/**
 * Every entry gets the same timestamp, so the same files always give the same bytes (and so the
 * same published checksum). Level 1: a few per cent larger than level 6, several times faster.
 */
export function zipFiles(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // fflate calls back synchronously for entries whose data is handed over whole, as here.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const { path, data } of entries) {
    const file: ZipInputFile = { filename: path, size: data.length, crc: crc32(data), compression: 8, mtime };
    zip.add(file);
    file.ondata!(null, deflateRawSync(data, { level: 1 }), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
