<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionDialog</name>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1 (%2).</source>
        <translation>
            <numerusform>Imported %n profile from %1 (%2).</numerusform>
            <numerusform>Imported %n profiles from %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>Remove the dashboard “%1” with its %n item(s)?</source>
        <translation>
            <numerusform>Remove the dashboard “%1” with its %n item?</numerusform>
            <numerusform>Remove the dashboard “%1” with its %n items?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoBroker</name>
    <message numerus="yes">
        <source>The Local demo&apos;s broker did not accept connections within %n second(s). Mosquitto said: %1</source>
        <translation>
            <numerusform>The Local demo&apos;s broker did not accept connections within %n second. Mosquitto said: %1</numerusform>
            <numerusform>The Local demo&apos;s broker did not accept connections within %n seconds. Mosquitto said: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n difference(s) from %1 to %2 (%3).</source>
        <translation>
            <numerusform>%n difference from %1 to %2 (%3).</numerusform>
            <numerusform>%n differences from %1 to %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n byte)</numerusform>
            <numerusform>%1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageLogView</name>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) are cut: the history no longer holds them whole.</source>
        <translation>
            <numerusform>%n payload is cut: the history no longer holds it whole.</numerusform>
            <numerusform>%n payloads are cut: the history no longer holds them whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mqtt</name>
    <message numerus="yes">
        <source>%n unexpected byte(s) after the end of the packet (MQTT 5 §2.1.4)</source>
        <translation>
            <numerusform>%n unexpected byte after the end of the packet (MQTT 5 §2.1.4)</numerusform>
            <numerusform>%n unexpected bytes after the end of the packet (MQTT 5 §2.1.4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mqtt::Connection</name>
    <message numerus="yes">
        <source>the broker sent the client to another server %n time(s) in a row</source>
        <translation>
            <numerusform>the broker sent the client to another server once</numerusform>
            <numerusform>the broker sent the client to another server %n times in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot restore %n subscription(s): %1</source>
        <translation>
            <numerusform>Cannot restore %n subscription: %1</numerusform>
            <numerusform>Cannot restore %n subscriptions: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadView</name>
    <message numerus="yes">
        <source>%n byte(s) are not valid UTF-8 text; shown as \xNN.</source>
        <translation>
            <numerusform>%n byte is not valid UTF-8 text; shown as \xNN.</numerusform>
            <numerusform>%n bytes are not valid UTF-8 text; shown as \xNN.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1 (%2): %3
</source>
        <translation>
            <numerusform>Imported %n profile from %1 (%2): %3
</numerusform>
            <numerusform>Imported %n profiles from %1 (%2): %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1
</source>
        <translation>
            <numerusform>Exported %n profile to %1
</numerusform>
            <numerusform>Exported %n profiles to %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message numerus="yes">
        <source>%n profile(s) were restored from the backup %1.</source>
        <translation>
            <numerusform>%n profile was restored from the backup %1.</numerusform>
            <numerusform>%n profiles were restored from the backup %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PubCommand</name>
    <message numerus="yes">
        <source>%1 (%n message(s) failed in all)</source>
        <translation>
            <numerusform>%1 (%n message failed in all)</numerusform>
            <numerusform>%1 (%n messages failed in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message numerus="yes">
        <source>%n series match now (more may appear later).</source>
        <translation>
            <numerusform>%n series matches now (more may appear later).</numerusform>
            <numerusform>%n series match now (more may appear later).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message numerus="yes">
        <source>Publishing a simulated home with %n room(s) to %1. Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Publishing a simulated home with %n room to %1. Press Ctrl+C to stop.</numerusform>
            <numerusform>Publishing a simulated home with %n rooms to %1. Press Ctrl+C to stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published.</source>
        <translation>
            <numerusform>%n message published.</numerusform>
            <numerusform>%n messages published.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message numerus="yes">
        <source>%1: %n value(s) from the history</source>
        <translation>
            <numerusform>%1: %n value from the history</numerusform>
            <numerusform>%1: %n values from the history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrafficView</name>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n level</numerusform>
            <numerusform>%n levels</numerusform>
        </translation>
    </message>
</context>
</TS>
