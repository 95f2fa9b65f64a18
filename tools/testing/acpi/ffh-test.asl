/* SPDX-License-Identifier: GPL-2.0 */
/*
 * FFH OperationRegions and methods that call firmware through them, for
 * the arm-ffh-smc guest test (rpi-acpi-ffh-test.ko evaluates them).
 *
 * Each method writes its argument (a buffer holding the call's registers)
 * to an FFH field; the write makes the SMCCC call and the Store yields the
 * handler's transfer buffer, now holding the results.
 */
DefinitionBlock ("", "SSDT", 2, "RPIACP", "FFHTEST", 0x00000001)
{
	Scope (\_SB)
	{
		Device (FFHT)
		{
			Name (_HID, "RPIA0FF0")
			Name (_STA, Zero)

			/* SMC32: function id + w1..w7 (32 bytes). */
			OperationRegion (R32, FFixedHW, 0, 32)
			Field (R32, BufferAcc, NoLock, Preserve) { F32, 256 }
			/* SMC64: x0..x17 (144 bytes). */
			OperationRegion (R64, FFixedHW, 1, 144)
			Field (R64, BufferAcc, NoLock, Preserve) { F64, 1152 }
			/* SMC32 with only the function id and w1 (8 bytes). */
			OperationRegion (RS8, FFixedHW, 0, 8)
			Field (RS8, BufferAcc, NoLock, Preserve) { FS8, 64 }
			/* Offset 2 names no calling convention. */
			OperationRegion (RBO, FFixedHW, 2, 32)
			Field (RBO, BufferAcc, NoLock, Preserve) { FBO, 256 }
			/* 36 bytes is longer than an SMC32 call. */
			OperationRegion (RBL, FFixedHW, 0, 36)
			Field (RBL, BufferAcc, NoLock, Preserve) { FBL, 288 }

			Method (C32, 1, Serialized) { Return (Store (Arg0, F32)) }
			Method (C64, 1, Serialized) { Return (Store (Arg0, F64)) }
			Method (CS8, 1, Serialized) { Return (Store (Arg0, FS8)) }
			Method (CBO, 1, Serialized) { Return (Store (Arg0, FBO)) }
			Method (CBL, 1, Serialized) { Return (Store (Arg0, FBL)) }
			/* Reading an FFH field makes no call: an error. */
			Method (RD32, 0, Serialized) { Return (F32) }
		}
	}
}
