// SPDX-License-Identifier: GPL-2.0
/*
 * rpi-scmi-pinctrl's ownership of the firmware's pins (SCMI pin control
 * REQUEST and RELEASE): one REQUEST when a pin gets its first user, one
 * RELEASE when it loses its last. Linux's pinmux may request a pin twice
 * (a mux owner and a GPIO user, with non-strict pinctrl), the firmware only
 * once.
 *
 * Ownership is given back whatever happens to the driver: at probe the
 * agent releases every pin, since no user can hold one through a pin
 * controller that is only now being created (an earlier instance unbound
 * under its consumers, or a kernel before a kexec, may have left pins
 * requested); at remove it releases the pins it still holds for users that
 * outlive it.
 */

#include <linux/device.h>
#include <linux/errno.h>
#include <linux/mutex.h>
#include <linux/slab.h>

#include "pinctrl.h"

/* RELEASE every pin this driver holds; devm action at remove. */
static void rpi_scmi_owner_release_held(void *data)
{
	struct rpi_scmi_pctl *pctl = data;
	unsigned int pin;

	mutex_lock(&pctl->owner_lock);
	for (pin = 0; pin < pctl->n.pins; pin++) {
		if (!pctl->pin_users[pin])
			continue;
		rpi_scmi_pc_request(pctl->agent, RPI_SCMI_PC_PIN, pin, false);
		pctl->pin_users[pin] = 0;
	}
	mutex_unlock(&pctl->owner_lock);
}

/**
 * rpi_scmi_owner_init() - take over the firmware's pins
 * @pctl: the pin controller, its pins counted
 *
 * RELEASEs every pin (a pin this agent does not hold is refused by the
 * firmware, which is what most pins answer), and arranges for the pins
 * still held at remove to be released.
 *
 * Context: Process context, at probe.
 * Return: 0, or -ENOMEM.
 */
int rpi_scmi_owner_init(struct rpi_scmi_pctl *pctl)
{
	unsigned int pin, stale = 0;

	pctl->pin_users = devm_kcalloc(pctl->dev, pctl->n.pins,
				       sizeof(*pctl->pin_users), GFP_KERNEL);
	if (!pctl->pin_users)
		return -ENOMEM;
	mutex_init(&pctl->owner_lock);
	for (pin = 0; pin < pctl->n.pins; pin++)
		if (!rpi_scmi_pc_request(pctl->agent, RPI_SCMI_PC_PIN, pin,
					 false))
			stale++;
	if (stale)
		dev_info(pctl->dev, "%u pins were left requested: released\n",
			 stale);
	return devm_add_action_or_reset(pctl->dev, rpi_scmi_owner_release_held,
					pctl);
}

/**
 * rpi_scmi_owner_get() - a user for a pin: REQUEST it if it had none
 * @pctl: the pin controller
 * @pin: the pin
 *
 * Context: Process context (pinmux's request).
 * Return: 0, or the firmware's refusal (-EBUSY: another agent has it).
 */
int rpi_scmi_owner_get(struct rpi_scmi_pctl *pctl, unsigned int pin)
{
	int ret = 0;

	mutex_lock(&pctl->owner_lock);
	if (!pctl->pin_users[pin])
		ret = rpi_scmi_pc_request(pctl->agent, RPI_SCMI_PC_PIN, pin,
					  true);
	if (!ret)
		pctl->pin_users[pin]++;
	mutex_unlock(&pctl->owner_lock);
	return ret;
}

/**
 * rpi_scmi_owner_put() - a pin loses a user: RELEASE it if it was the last
 * @pctl: the pin controller
 * @pin: the pin
 *
 * Context: Process context (pinmux's free).
 * Return: 0, or the firmware's refusal.
 */
int rpi_scmi_owner_put(struct rpi_scmi_pctl *pctl, unsigned int pin)
{
	int ret = 0;

	mutex_lock(&pctl->owner_lock);
	if (!pctl->pin_users[pin])
		ret = -EINVAL;
	else if (pctl->pin_users[pin] == 1)
		ret = rpi_scmi_pc_request(pctl->agent, RPI_SCMI_PC_PIN, pin,
					  false);
	if (!ret)
		pctl->pin_users[pin]--;
	mutex_unlock(&pctl->owner_lock);
	return ret;
}
