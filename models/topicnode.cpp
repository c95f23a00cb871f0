#include "topicnode.h"

namespace {
constexpr size_t IndexThreshold = 16;
}

TopicNode::~TopicNode()
{
    std::vector<std::unique_ptr<TopicNode>> pending = std::move(children);
    while (!pending.empty()) {
        std::unique_ptr<TopicNode> node = std::move(pending.back());
        pending.pop_back();
        for (auto &c : node->children)
            pending.push_back(std::move(c));
        node->children.clear();
    } // node is freed here with no children left
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
    std::vector<const TopicNode *> levels;
    qsizetype length = 0;
    for (const TopicNode *n = this; n && n->parent; n = n->parent) {
        levels.push_back(n);
        length += n->name.size() + 1;
    }
    QString path;
    path.reserve(length);
    for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
        if (it != levels.rbegin())
            path += QLatin1Char('/');
        path += (*it)->name;
    }
    return path;
}
