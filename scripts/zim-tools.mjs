/**
 * Debian's zim-tools (zimwriterfs, zimcheck, zimdump, zimsearch), which write and read the Kiwix
 * archives: installed when missing and root, as scripts/debian-tool.mjs does for every such tool.
 */
import { findTool, installTool } from './debian-tool.mjs';

export const ZIM_TOOLS_MISSING =
  'zim-tools is not installed, so no Kiwix archive (.zim) can be written. Install it: Debian/Ubuntu `sudo apt-get install zim-tools`; elsewhere build zim-tools from https://github.com/openzim/zim-tools.';

export const findZimTool = findTool;

/** Installs zim-tools when missing and we are root; returns whether zimwriterfs is now there. */
export function ensureZimTools({ quiet = false } = {}) {
  return Boolean(installTool('zimwriterfs', 'zim-tools', { quiet }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!ensureZimTools()) {
    console.error(ZIM_TOOLS_MISSING);
    process.exit(1);
  }
  console.log(`zim-tools: ${findZimTool('zimwriterfs')}`);
}
