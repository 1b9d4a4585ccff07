import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mp3Info } from './mp3.ts';

/**
 * A lesson's recording as the build finds it in public/: its size and playing time come from
 * the file, so that the page can say how much a member is about to download and the podcast
 * feed gives podcast apps the true length, both without anyone typing a number.
 */
export interface LessonAudio {
  /** Site path of the file, as the lesson names it (/uploads/...). */
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** Playing time in seconds. */
  seconds: number;
  /** MIME type, as hosts send it (nginx's mime.types, the test server). */
  type: 'audio/mpeg';
}

/**
 * Reads the recording `path` (from the lesson `file`'s media.audio) under `publicDir`. Throws
 * an error naming the file and the field when the recording is missing or not an MP3: MP3 is
 * the one format every phone's browser and every podcast app plays, and the only one whose
 * length the build reads.
 */
export function readLessonAudio(file: string, path: string, publicDir = join(process.cwd(), 'public')): LessonAudio {
  const where = `${file}: field "media.audio": ${path}`;
  if (!/\.mp3$/i.test(path))
    throw new Error(`${where} must be an MP3 file (.mp3), the format every phone and podcast app plays.`);
  const location = join(publicDir, path);
  let bytes: Buffer;
  try {
    if (!statSync(location).isFile()) throw new Error('not a file');
    bytes = readFileSync(location);
  } catch {
    throw new Error(`${where} is not in public/uploads/; upload the recording or remove the field.`);
  }
  try {
    return { path, bytes: bytes.length, seconds: mp3Info(bytes).seconds, type: 'audio/mpeg' };
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}.`, { cause: error });
  }
}

/** A file size for the page: whole KB below 1 MB, else MB to one decimal ("93 KB", "12.4 MB"). */
export function fileSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb < 1 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${mb.toFixed(1)} MB`;
}

/** A playing time in whole seconds, split for "{minutes} 分 {seconds} 秒" (rounded to the second). */
export function minutesAndSeconds(seconds: number): { minutes: number; seconds: number } {
  const whole = Math.round(seconds);
  return { minutes: Math.floor(whole / 60), seconds: whole % 60 };
}
