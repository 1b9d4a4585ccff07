import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileSize, minutesAndSeconds, readLessonAudio } from '../../../src/lib/lesson-audio';

const LESSON = 'content/lessons/x.mdx';
const SAMPLE = join(import.meta.dirname, '../../../public/uploads/audio/lesson-01.mp3');

/** A public/ folder with the sample recording, a page saved as .mp3, and a folder named like a file. */
function publicDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lesson-audio-'));
  mkdirSync(join(dir, 'uploads/audio/folder.mp3'), { recursive: true });
  copyFileSync(SAMPLE, join(dir, 'uploads/audio/lesson.mp3'));
  writeFileSync(join(dir, 'uploads/audio/page.mp3'), '<!doctype html><p>not a recording</p>');
  return dir;
}

describe('readLessonAudio', () => {
  const dir = publicDir();

  test('reads the size and playing time of the recording from the file', () => {
    expect(readLessonAudio(LESSON, '/uploads/audio/lesson.mp3', dir)).toEqual({
      path: '/uploads/audio/lesson.mp3',
      bytes: 95328,
      seconds: 23.832,
      type: 'audio/mpeg',
    });
  });

  test('refuses a recording that is not an MP3 by name, naming the lesson and the field', () => {
    expect(() => readLessonAudio(LESSON, '/uploads/audio/lesson.m4a', dir)).toThrow(
      'content/lessons/x.mdx: field "media.audio": /uploads/audio/lesson.m4a must be an MP3 file (.mp3)',
    );
  });

  test('refuses a recording missing from public/ (or a folder in its place)', () => {
    for (const path of ['/uploads/audio/gone.mp3', '/uploads/audio/folder.mp3'])
      expect(() => readLessonAudio(LESSON, path, dir)).toThrow(
        `content/lessons/x.mdx: field "media.audio": ${path} is not in public/uploads/; upload the recording or remove the field.`,
      );
  });

  test('refuses a file named .mp3 that holds no MPEG audio, saying why', () => {
    expect(() => readLessonAudio(LESSON, '/uploads/audio/page.mp3', dir)).toThrow(
      'content/lessons/x.mdx: field "media.audio": /uploads/audio/page.mp3: no MPEG audio frame found: the file is not an MP3.',
    );
  });
});

describe('fileSize', () => {
  test('gives whole KB below a megabyte and MB to one decimal above', () => {
    expect(fileSize(95328)).toBe('93 KB');
    expect(fileSize(200)).toBe('1 KB');
    expect(fileSize(13_000_000)).toBe('12.4 MB');
  });
});

describe('minutesAndSeconds', () => {
  test('rounds to the second and carries a full minute', () => {
    expect(minutesAndSeconds(23.832)).toEqual({ minutes: 0, seconds: 24 });
    expect(minutesAndSeconds(59.6)).toEqual({ minutes: 1, seconds: 0 });
    expect(minutesAndSeconds(1805.2)).toEqual({ minutes: 30, seconds: 5 });
  });
});
