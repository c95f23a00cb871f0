"""Interop test helper: a subscriber we did not write (Debian's python3-paho-mqtt 1.6).

Subscribes to TOPIC at QoS 1, prints "SUBSCRIBED" once the broker granted the
subscription, then one JSON object per message (topic, qos, retain, payload as text and,
for MQTT 5, user_properties, content_type, response_topic, correlation_data_hex,
payload_format_indicator and message_expiry; payload_hex always), and exits after COUNT messages.

    /usr/bin/python3 paho_subscriber.py HOST PORT TOPIC COUNT [--v5] [--timeout S]

Exit code 0 after COUNT messages, 3 on timeout, 1 when the connection fails.
"""
import argparse
import json
import random
import sys
import time

import paho.mqtt.client as mqtt


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    parser.add_argument("topic")
    parser.add_argument("count", type=int)
    parser.add_argument("--v5", action="store_true")
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()

    protocol = mqtt.MQTTv5 if args.v5 else mqtt.MQTTv311
    client = mqtt.Client(client_id=f"subscriber-{random.randint(0, 1000)}", protocol=protocol)
    state = {"received": 0, "failed": None}

    def on_connect(client, userdata, flags, rc, *rest):
        if rc != 0:
            state["failed"] = f"connect failed: {rc}"
            return
        client.subscribe(args.topic, qos=1)

    def on_subscribe(client, userdata, mid, granted, *rest):
        print("SUBSCRIBED", flush=True)

    def on_message(client, userdata, msg):
        line = {
            "topic": msg.topic,
            "qos": msg.qos,
            "retain": bool(msg.retain),
            "payload": msg.payload.decode("utf-8", errors="replace"),
            "payload_hex": msg.payload.hex(),
        }
        props = getattr(msg, "properties", None)
        if args.v5 and props is not None:
            if hasattr(props, "UserProperty"):
                line["user_properties"] = [list(p) for p in props.UserProperty]
            if hasattr(props, "ContentType"):
                line["content_type"] = props.ContentType
            if hasattr(props, "ResponseTopic"):
                line["response_topic"] = props.ResponseTopic
            if hasattr(props, "CorrelationData"):
                line["correlation_data_hex"] = bytes(props.CorrelationData).hex()
            if hasattr(props, "PayloadFormatIndicator"):
                line["payload_format_indicator"] = props.PayloadFormatIndicator
            if hasattr(props, "MessageExpiryInterval"):
                line["message_expiry"] = props.MessageExpiryInterval
        print(json.dumps(line), flush=True)
        state["received"] += 1

    client.on_connect = on_connect
    client.on_subscribe = on_subscribe
    client.on_message = on_message
    client.connect(args.host, args.port, 60)
    client.loop_start()
    deadline = time.time() + args.timeout
    while state["received"] < args.count and state["failed"] is None and time.time() < deadline:
        time.sleep(0.01)
    client.disconnect()
    client.loop_stop()
    if state["failed"]:
        print(state["failed"], file=sys.stderr)
        return 1
    if state["received"] < args.count:
        print(f"timed out with {state['received']} of {args.count} messages", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
