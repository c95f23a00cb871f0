#include "connectionbar.h"

#include <QAction>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QTimer>

ConnectionBar::ConnectionBar(BrokerSession *session, QWidget *parent)
    : QToolBar(tr("Connection"), parent)
    , m_session(session)
    , m_profileBox(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_profiles = addAction(QIcon(QStringLiteral(":/icons/profiles.svg")), tr("Profiles…"), this,
                           &ConnectionBar::editProfilesRequested);
    m_profiles->setObjectName(QStringLiteral("profilesAction"));
    m_profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_profiles->setToolTip(tr("Edit connection profiles: broker address, TLS, authentication, Last Will (Ctrl+P)"));
    m_profiles->setStatusTip(tr("Create, edit, import and export connection profiles"));

    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setMinimumContentsLength(18);
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileBox->setToolTip(tr("The connection profile Connect uses"));
    m_profileBox->setStatusTip(tr("Choose the broker to connect to"));
    addWidget(m_profileBox);

    m_connect = addAction(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Connect"), this,
                          [this] { Q_EMIT connectRequested(currentProfile()); });
    m_connect->setObjectName(QStringLiteral("connectAction"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_connect->setStatusTip(tr("Connect to the broker of the selected profile"));
    m_disconnect = addAction(QIcon(QStringLiteral(":/icons/disconnect.svg")), tr("&Disconnect"), this,
                             &ConnectionBar::disconnectRequested);
    m_disconnect->setObjectName(QStringLiteral("disconnectAction"));
    m_disconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_disconnect->setStatusTip(tr("Close the connection (a clean DISCONNECT: the broker does not publish the Will)"));

    addSeparator();
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_state->setContentsMargins(8, 0, 8, 0);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addWidget(m_state);

    m_countdown->setInterval(500);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionBar::refresh);
    connect(m_session, &BrokerSession::statusChanged, this, &ConnectionBar::refresh);
    connect(m_profileBox, &QComboBox::currentTextChanged, this, &ConnectionBar::refresh);
    refresh();
}

void ConnectionBar::setProfiles(const QList<QPair<QString, QString>> &profiles, const QString &current)
{
    const QString selected = current.isEmpty() ? currentProfile() : current;
    const QSignalBlocker blocker(m_profileBox);
    m_profileBox->clear();
    for (const auto &[id, name] : profiles)
        m_profileBox->addItem(name, id);
    const int index = m_profileBox->findData(selected);
    m_profileBox->setCurrentIndex(index >= 0 ? index : 0);
    refresh();
}

QString ConnectionBar::currentProfile() const
{
    return m_profileBox->currentData().toString();
}

QString ConnectionBar::currentProfileName() const
{
    return m_profileBox->currentText();
}

void ConnectionBar::setCurrentProfile(const QString &id)
{
    const int index = m_profileBox->findData(id);
    if (index >= 0)
        m_profileBox->setCurrentIndex(index);
}

void ConnectionBar::refresh()
{
    using State = BrokerSession::State;
    const State state = m_session->state();
    const bool open = state != State::Disconnected;
    const bool haveProfile = !currentProfile().isEmpty();

    m_connect->setEnabled(!open && haveProfile);
    if (open)
        m_connect->setToolTip(tr("Already connected: disconnect first (Ctrl+Shift+C)"));
    else if (!haveProfile)
        m_connect->setToolTip(tr("No profile to connect with: create one with Profiles… (Ctrl+Shift+C)"));
    else
        m_connect->setToolTip(tr("Connect to %1 (Ctrl+Shift+C)").arg(currentProfileName()));
    m_disconnect->setEnabled(open);
    m_disconnect->setToolTip(open ? tr("Disconnect from %1 (Ctrl+Shift+D)").arg(m_session->host())
                                  : tr("Not connected (Ctrl+Shift+D)"));
    m_profileBox->setEnabled(!open);
    if (open)
        m_profileBox->setToolTip(tr("Disconnect to choose another profile"));
    else
        m_profileBox->setToolTip(tr("The connection profile Connect uses"));

    // Colour says the state at a glance; the words say it exactly.
    QString colour;
    switch (state) {
    case State::Connected:
        colour = QStringLiteral("#2e7d32");
        break;
    case State::Connecting:
    case State::Disconnecting:
        colour = QStringLiteral("#1565c0");
        break;
    case State::Reconnecting:
        colour = QStringLiteral("#ef6c00");
        break;
    case State::Disconnected:
        colour = m_session->hasError() ? QStringLiteral("#c62828") : QStringLiteral("#616161");
        break;
    }
    const QString text = m_session->statusText();
    m_state->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> <b style=\"color:%1\">%2</b>")
                         .arg(colour, text.toHtmlEscaped()));
    m_state->setToolTip(text);
    if (state == State::Reconnecting)
        m_countdown->start();
    else
        m_countdown->stop();
}
