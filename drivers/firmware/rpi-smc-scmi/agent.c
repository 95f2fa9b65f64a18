// SPDX-License-Identifier: GPL-2.0
/*
 * SCMI agent core: an agent's state before its channels exist, and the
 * list of agents whose firmware is known (bound and discovered), which is
 * how a protocol driver bound to a device of its own finds one.
 */

#include <linux/device.h>
#include <linux/export.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>

#include "common.h"

/* The agents whose base protocol discovery is done. */
static LIST_HEAD(rpi_scmi_agents);
static DEFINE_MUTEX(rpi_scmi_agents_lock);

/**
 * rpi_scmi_agent_init() - prepare an agent's pool; no channel yet
 * @agent: the agent, zeroed by the caller
 * @dev: the device messages are logged on
 *
 * Context: Process context.
 */
void rpi_scmi_agent_init(struct rpi_scmi_agent *agent, struct device *dev)
{
	agent->dev = dev;
	agent->timeout_us = RPI_SCMI_TIMEOUT_US_DEFAULT;
	INIT_LIST_HEAD(&agent->node);
	raw_spin_lock_init(&agent->pool_lock);
	mutex_init(&agent->notify_lock);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_agent_init);

static void rpi_scmi_agent_unregister(void *data)
{
	struct rpi_scmi_agent *agent = data;

	mutex_lock(&rpi_scmi_agents_lock);
	list_del_init(&agent->node);
	mutex_unlock(&rpi_scmi_agents_lock);
}

/**
 * rpi_scmi_agent_register() - make a discovered agent findable
 * @agent: the agent, its base protocol discovery done; devm-allocated on
 *	@agent->dev
 *
 * The agent leaves the list when @agent->dev unbinds, before devm frees
 * it (the action is added after the agent's allocation, so it runs
 * first).
 *
 * Context: Process context, at probe.
 * Return: 0, or -ENOMEM.
 */
int rpi_scmi_agent_register(struct rpi_scmi_agent *agent)
{
	mutex_lock(&rpi_scmi_agents_lock);
	list_add_tail(&agent->node, &rpi_scmi_agents);
	mutex_unlock(&rpi_scmi_agents_lock);
	return devm_add_action_or_reset(agent->dev, rpi_scmi_agent_unregister,
					agent);
}

/**
 * rpi_scmi_protocol_listed() - does the agent's firmware list a protocol?
 * @agent: the agent, its base protocol discovery done
 * @protocol_id: the protocol
 *
 * Context: Any context.
 * Return: true when BASE_DISCOVER_LIST_PROTOCOLS named @protocol_id.
 */
bool rpi_scmi_protocol_listed(const struct rpi_scmi_agent *agent,
			      u8 protocol_id)
{
	return !!memchr(agent->base.protocols, protocol_id,
			agent->base.num_protocols);
}
EXPORT_SYMBOL_GPL(rpi_scmi_protocol_listed);

/**
 * rpi_scmi_agent_find() - an agent whose firmware lists a protocol
 * @protocol_id: the protocol
 *
 * For drivers of a protocol that are bound to a device of their own rather
 * than to a child the agent creates (the PCI host bridge, bound to its
 * ACPI root). Under the device's lock, the caller checks that it is still
 * bound, gets the agent with rpi_scmi_agent_of() (NULL if it left
 * meanwhile) and makes a device link to it, so that the agent cannot go
 * before the caller is unbound.
 *
 * Context: Process context.
 * Return: the agent's device with a reference held, which the caller
 * drops with put_device(); NULL when no agent lists @protocol_id.
 */
struct device *rpi_scmi_agent_find(u8 protocol_id)
{
	struct rpi_scmi_agent *agent;
	struct device *dev = NULL;

	mutex_lock(&rpi_scmi_agents_lock);
	list_for_each_entry(agent, &rpi_scmi_agents, node) {
		if (rpi_scmi_protocol_listed(agent, protocol_id)) {
			dev = get_device(agent->dev);
			break;
		}
	}
	mutex_unlock(&rpi_scmi_agents_lock);
	return dev;
}
EXPORT_SYMBOL_GPL(rpi_scmi_agent_find);

/**
 * rpi_scmi_agent_of() - the agent a device stands for
 * @dev: an agent's device (rpi_scmi_agent_find(), or the parent of a
 *	protocol's child device)
 *
 * Context: Process context.
 * Return: the agent, or NULL when @dev is not a bound agent's device.
 */
struct rpi_scmi_agent *rpi_scmi_agent_of(struct device *dev)
{
	struct rpi_scmi_agent *agent, *found = NULL;

	mutex_lock(&rpi_scmi_agents_lock);
	list_for_each_entry(agent, &rpi_scmi_agents, node) {
		if (agent->dev == dev) {
			found = agent;
			break;
		}
	}
	mutex_unlock(&rpi_scmi_agents_lock);
	return found;
}
EXPORT_SYMBOL_GPL(rpi_scmi_agent_of);
