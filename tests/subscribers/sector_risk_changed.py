#!/usr/bin/env python3
"""Subscribes to SectorRiskChanged from outside .NET, as any user's program would.

Binds a queue of its own to the durable fanout exchange `supplyrisk.sector-risk-changed`,
prints each event's payload (the `message` of MassTransit's envelope) as one JSON line, and
checks it carries the fields that services/SupplyRisk.Contracts/Schemas/sector-risk-changed.schema.json
requires.

    python3 tests/subscribers/sector_risk_changed.py AMQP_URI [COUNT] [TIMEOUT_S]

Prints "ready" once bound; exits 0 after COUNT events, 1 on a payload missing a field,
2 on timeout. Needs pika (Debian: python3-pika).
"""
import json
import os
import sys
import time

import pika

EXCHANGE = "supplyrisk.sector-risk-changed"
SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "services", "SupplyRisk.Contracts", "Schemas",
                      "sector-risk-changed.schema.json")


def missing_fields(payload, schema):
    missing = [f for f in schema["required"] if f not in payload]
    driver_required = schema["properties"]["drivers"]["items"]["required"]
    for i, driver in enumerate(payload.get("drivers", [])):
        missing += [f"drivers[{i}].{f}" for f in driver_required if f not in driver]
    return missing


def main():
    uri = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 60
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)

    connection = pika.BlockingConnection(pika.URLParameters(uri))
    channel = connection.channel()
    # Same properties as the publisher declares, so this is harmless if it exists already.
    channel.exchange_declare(EXCHANGE, exchange_type="fanout", durable=True)
    queue = channel.queue_declare("", exclusive=True, auto_delete=True).method.queue
    channel.queue_bind(queue, EXCHANGE)
    print("ready", flush=True)

    received = 0
    deadline = time.monotonic() + timeout
    while received < count:
        if time.monotonic() > deadline:
            print(f"timeout after {timeout} s with {received} of {count} events", file=sys.stderr)
            return 2
        method, _, body = channel.basic_get(queue, auto_ack=True)
        if method is None:
            time.sleep(0.1)
            continue
        payload = json.loads(body)["message"]
        missing = missing_fields(payload, schema)
        if missing:
            print("missing fields: " + ", ".join(missing), file=sys.stderr)
            return 1
        print(json.dumps(payload), flush=True)
        received += 1
    connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
