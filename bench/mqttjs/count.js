// Counts messages with mqtt.js (the engine inside MQTT Explorer and MQTTX) and does nothing
// else with them: the fastest an mqtt.js based tool could possibly go.
// Usage: node count.js PORT COUNT [VERSION 4|5]
'use strict';
const mqtt = require('mqtt');

const port = Number(process.argv[2]);
const count = Number(process.argv[3]);
const version = Number(process.argv[4] || 4);
if (!port || !count) {
    console.error('usage: node count.js PORT COUNT [4|5]');
    process.exit(2);
}

let received = 0;
let start = 0;
const client = mqtt.connect({ host: '127.0.0.1', port, protocolVersion: version, reconnectPeriod: 0 });
client.on('connect', () => {
    client.subscribe('#', { qos: 0 }, () => { start = process.hrtime.bigint(); });
});
client.on('message', () => {
    if (received === 0 && start === 0) start = process.hrtime.bigint();
    if (++received === count) {
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        const rss = Math.round(process.resourceUsage().maxRSS / 1024);
        console.log(JSON.stringify({ messages: received, seconds, rate: received / seconds, peakRssMb: rss }));
        client.end(true);
        process.exit(0);
    }
});
client.on('error', (e) => { console.error('mqtt.js error: ' + e.message); process.exit(1); });
