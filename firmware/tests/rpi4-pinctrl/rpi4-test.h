/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the Pi 4 payload's checks share: the console, SMC and KTAP helpers
 * of every payload (lib/payload.h). rpi4-pinctrl-test.c prints the pin
 * control backend's KTAP document, rpi4-pci-test.c DEN0115's.
 */

#ifndef RPI4_TEST_H
#define RPI4_TEST_H

#include "payload.h"

/* rpi4-pinctrl-test.c: the pin control backend's document */
void test_rpi4_pinctrl(void);
/* rpi4-pci-test.c: DEN0115's document */
void test_rpi4_pci(void);

#endif /* RPI4_TEST_H */
