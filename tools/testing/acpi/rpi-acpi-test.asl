/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The runner's own SSDT: proves that tables given to the runner reach the
 * kernel through the initrd table upgrade. Its OEM table id is what the
 * guest test looks for.
 */
DefinitionBlock ("", "SSDT", 2, "RPIACP", "RPIATEST", 0x00000001)
{
	Name (\RPIA, 0x52504941)
}
