import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The tests and the emulator read the repo's copy of the create-meeting contract, so a fresh clone is
// self-contained; the team's reference lives in ../shared/contract beside the repo (CI has it there).
const repoCopy = resolve(__dirname, '../../contract');
const shared = resolve(__dirname, '../../../shared/contract');
const describeWithShared = existsSync(shared) ? describe : describe.skip;

describeWithShared('the repo copy of the contract', () => {
  it('holds exactly the files of ../shared/contract, byte for byte', () => {
    expect(readdirSync(repoCopy).sort()).toEqual(readdirSync(shared).sort());
    for (const file of readdirSync(shared)) {
      expect({ file, text: readFileSync(join(repoCopy, file), 'utf8') }).toEqual({
        file,
        text: readFileSync(join(shared, file), 'utf8'),
      });
    }
  });
});
