#include "message.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace Mqtt {

namespace {

// Received messages are made by the thousand on the network thread and freed in batches on
// others. Their shared data comes from slabs of SlabSlots objects, one heap allocation per slab
// instead of one per message: each thread fills its own current slab, any thread may free,
// and a slab goes back to the heap when its last object is freed and no thread fills it any
// more. A message kept for a long time keeps its slab (a few KiB) alive, which is why slabs
// stay small.
class MessageSlabs
{
public:
    static void *allocate(size_t size)
    {
        if (size > SlotBytes - HeaderBytes) // a larger derived type: not ours to pool
            return plain(size);
        Filling &f = t_filling;
        if (!f.slab || f.slab->used == SlabSlots) {
            f.release();
            f.slab = static_cast<Slab *>(std::malloc(sizeof(Slab)));
            if (!f.slab)
                throw std::bad_alloc();
            f.slab->live.store(1, std::memory_order_relaxed); // the filling thread's reference
            f.slab->used = 0;
        }
        Slab *slab = f.slab;
        unsigned char *slot = slab->storage + size_t(slab->used++) * SlotBytes;
        slab->live.fetch_add(1, std::memory_order_relaxed);
        *reinterpret_cast<Slab **>(slot) = slab;
        return slot + HeaderBytes;
    }

    static void deallocate(void *object)
    {
        unsigned char *slot = static_cast<unsigned char *>(object) - HeaderBytes;
        Slab *slab = *reinterpret_cast<Slab **>(slot);
        if (!slab) {
            std::free(slot);
            return;
        }
        if (slab->live.fetch_sub(1, std::memory_order_acq_rel) == 1)
            std::free(slab);
    }

private:
    static constexpr size_t HeaderBytes = 16; // the slab pointer, keeping 16-byte alignment
    static constexpr size_t SlotBytes = 112;
    static constexpr int SlabSlots = 64;

    struct Slab
    {
        std::atomic<int> live; // objects not freed yet, plus one while a thread fills the slab
        int used;
        alignas(16) unsigned char storage[SlabSlots * SlotBytes];
    };

    // The slab this thread fills; released when the thread ends.
    struct Filling
    {
        Slab *slab = nullptr;
        void release()
        {
            if (slab && slab->live.fetch_sub(1, std::memory_order_acq_rel) == 1)
                std::free(slab);
            slab = nullptr;
        }
        ~Filling() { release(); }
    };

    static void *plain(size_t size)
    {
        auto *slot = static_cast<unsigned char *>(std::malloc(size + HeaderBytes));
        if (!slot)
            throw std::bad_alloc();
        *reinterpret_cast<Slab **>(slot) = nullptr;
        return slot + HeaderBytes;
    }

    static thread_local Filling t_filling;
};

thread_local MessageSlabs::Filling MessageSlabs::t_filling;

} // namespace

class Message::Data : public QSharedData
{
public:
    static void *operator new(size_t size) { return MessageSlabs::allocate(size); }
    static void operator delete(void *object) { MessageSlabs::deallocate(object); }

    QString topic;
    QByteArray payload;
    Properties properties;
    qint64 timestamp = 0;
    quint16 packetId = 0;
    quint8 qos = 0;
    bool retain = false;
    bool dup = false;
};

Message::Message() : d(new Data) {}

Message::Message(const QString &topic, const QByteArray &payload, quint8 qos, bool retain) : d(new Data)
{
    d->topic = topic;
    d->payload = payload;
    d->qos = qos;
    d->retain = retain;
}

Message::Message(const Message &other) = default;
Message &Message::operator=(const Message &other) = default;
Message::~Message() = default;

const QString &Message::topic() const { return d->topic; }
void Message::setTopic(const QString &topic) { d->topic = topic; }
const QByteArray &Message::payload() const { return d->payload; }
void Message::setPayload(const QByteArray &payload) { d->payload = payload; }
quint8 Message::qos() const { return d->qos; }
void Message::setQos(quint8 qos) { d->qos = qos; }
bool Message::retain() const { return d->retain; }
void Message::setRetain(bool retain) { d->retain = retain; }
bool Message::dup() const { return d->dup; }
void Message::setDup(bool dup) { d->dup = dup; }
quint16 Message::packetId() const { return d->packetId; }
void Message::setPacketId(quint16 id) { d->packetId = id; }
Properties Message::properties() const { return d->properties; }
Properties &Message::properties() { return d->properties; }
void Message::setProperties(const Properties &props) { d->properties = props; }
qint64 Message::timestamp() const { return d->timestamp; }
void Message::setTimestamp(qint64 msecsSinceEpoch) { d->timestamp = msecsSinceEpoch; }

// The timestamp is local bookkeeping, not part of what was sent, so it does not take part.
bool Message::operator==(const Message &o) const
{
    return d == o.d
        || (d->topic == o.d->topic && d->payload == o.d->payload && d->qos == o.d->qos && d->retain == o.d->retain
            && d->dup == o.d->dup && d->packetId == o.d->packetId && d->properties == o.d->properties);
}

} // namespace Mqtt
