"""Interop test helper: a publisher we did not write (Debian's python3-paho-mqtt 1.6).

Behaves like the seed document's publisher: simulated sensor readings (temperature,
humidity, timestamp) as JSON to home/livingroom/sensor at QoS 1, but stops after COUNT
messages and waits for each PUBACK, so a test can run it to completion.

    /usr/bin/python3 paho_publisher.py HOST PORT [--topic T] [--count N] [--interval S] [--v5]

Prints each payload sent; exit code 0 when all were acknowledged.
"""
import argparse
import json
import random
import sys
import time

import paho.mqtt.client as mqtt


def sensor_reading():
    return {
        "temperature": round(random.uniform(20, 30), 1),
        "humidity": round(random.uniform(40, 80), 1),
        "timestamp": time.time(),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    parser.add_argument("--topic", default="home/livingroom/sensor")
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--interval", type=float, default=0.05)
    parser.add_argument("--v5", action="store_true")
    args = parser.parse_args()

    protocol = mqtt.MQTTv5 if args.v5 else mqtt.MQTTv311
    client = mqtt.Client(client_id=f"publisher-{random.randint(0, 1000)}", protocol=protocol)
    connected = {"rc": None}

    def on_connect(client, userdata, flags, rc, *rest):
        connected["rc"] = rc

    client.on_connect = on_connect
    client.connect(args.host, args.port, 60)
    client.loop_start()
    deadline = time.time() + 20
    while connected["rc"] is None and time.time() < deadline:
        time.sleep(0.01)
    if connected["rc"] != 0:
        print(f"connect failed: {connected['rc']}", file=sys.stderr)
        return 1

    for _ in range(args.count):
        payload = json.dumps(sensor_reading())
        info = client.publish(args.topic, payload, qos=1)
        info.wait_for_publish(timeout=20)
        if not info.is_published():
            print("publish not acknowledged", file=sys.stderr)
            return 1
        print(payload, flush=True)
        time.sleep(args.interval)

    client.disconnect()
    client.loop_stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
