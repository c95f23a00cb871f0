#include "topicnode.h"

namespace {
constexpr size_t IndexThreshold = 16;
}

TopicNode *TopicNode::child(QStringView childName) const
{
    if (childIndex)
        return childIndex->value(childName.toString(), nullptr);
    for (const auto &c : children) {
        if (c->name == childName)
            return c.get();
    }
    return nullptr;
}

void TopicNode::addChild(std::unique_ptr<TopicNode> node)
{
    node->parent = this;
    node->row = int(children.size());
    if (childIndex) {
        childIndex->insert(node->name, node.get());
    } else if (children.size() + 1 >= IndexThreshold) {
        childIndex = std::make_unique<QHash<QString, TopicNode *>>();
        for (const auto &c : children)
            childIndex->insert(c->name, c.get());
        childIndex->insert(node->name, node.get());
    }
    children.push_back(std::move(node));
}

std::unique_ptr<TopicNode> TopicNode::takeChild(int row)
{
    std::unique_ptr<TopicNode> node = std::move(children[size_t(row)]);
    children.erase(children.begin() + row);
    for (size_t i = size_t(row); i < children.size(); ++i)
        children[i]->row = int(i);
    if (childIndex)
        childIndex->remove(node->name);
    node->parent = nullptr;
    return node;
}

QString TopicNode::topic() const
{
    if (!parent)
        return QString();
    QString path = name;
    for (const TopicNode *n = parent; n && n->parent; n = n->parent)
        path.prepend(n->name + QLatin1Char('/'));
    return path;
}
