// Runs a wasm32-wasip1 program under node's WASI, as cargo's runner for that target:
// `node ci/wasi/node-runner.mjs program.wasm [args…]`. The program gets its arguments,
// an empty directory of its own opened as /scratch (ERRTABLE_WASI_DIR), and
// ERRTABLE_WASI_RUNTIME=node; the directory is removed afterwards. The exit status is
// the program's.
import { WASI } from 'node:wasi';
import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [program, ...args] = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'errtable-wasi-'));
let status = 1;
try {
    const wasi = new WASI({
        version: 'preview1',
        args: [program, ...args],
        env: { ERRTABLE_WASI_DIR: '/scratch', ERRTABLE_WASI_RUNTIME: 'node' },
        preopens: { '/scratch': scratch },
        returnOnExit: true,
    });
    const module = await WebAssembly.compile(await readFile(program));
    // getImportObject is node 20's; node 18 has the import module alone.
    const imports = typeof wasi.getImportObject === 'function'
        ? wasi.getImportObject()
        : { wasi_snapshot_preview1: wasi.wasiImport };
    const instance = await WebAssembly.instantiate(module, imports);
    status = wasi.start(instance);
} catch (error) {
    // A panic aborts on wasm32-wasip1: the program traps after printing its message.
    console.error(`${program}: ${error}`);
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
