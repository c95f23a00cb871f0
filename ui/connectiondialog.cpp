#include "connectiondialog.h"

#include "connectionpages/advancedpage.h"
#include "connectionpages/authenticationpage.h"
#include "connectionpages/generalpage.h"
#include "connectionpages/lastwillpage.h"
#include "connectionpages/subscriptionspage.h"
#include "connectionpages/testresultpanel.h"
#include "connectionpages/tlspage.h"
#include "connectiontest.h"
#include "profileimporter.h"
#include "profilestore.h"

#include <QFileDialog>
#include <QMenu>
#include <QHBoxLayout>
#include <QIcon>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *listButton(const QString &name, const QString &icon, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(QIcon(icon));
    button->setToolTip(tip);
    button->setStatusTip(tip);
    button->setAutoRaise(true);
    return button;
}

QString problemsTooltip(const QString &action, const QStringList &problems)
{
    if (problems.isEmpty())
        return action;
    return ConnectionDialog::tr("Fix these first:") + QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• "));
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_tabs(new QTabWidget(this)), m_general(new GeneralPage(this)),
      m_tls(new TlsPage(this)), m_testResult(new TestResultPanel(this)), m_test(new ConnectionTest(this))
{
    setWindowTitle(tr("Connections"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mqttscope.svg")));
    setSizeGripEnabled(true);

    auto *side = new QWidget(this);
    buildProfileList(side);

    m_pages = {m_general, new AuthenticationPage(this), m_tls, new LastWillPage(this), new SubscriptionsPage(this),
               new AdvancedPage(this)};
    const QStringList icons = {QStringLiteral("general"), QStringLiteral("authentication"), QStringLiteral("tls"),
                               QStringLiteral("last-will"), QStringLiteral("subscriptions"), QStringLiteral("advanced")};
    for (int i = 0; i < m_pages.size(); ++i) {
        m_pages[i]->setObjectName(icons[i] + QStringLiteral("Page"));
        m_tabs->addTab(m_pages[i], QIcon(QStringLiteral(":/icons/page-%1.svg").arg(icons[i])), m_pages[i]->title());
        connect(m_pages[i], &ConnectionPage::edited, this, &ConnectionDialog::revalidate);
    }
    m_tabs->setDocumentMode(true);

    connect(m_general, &GeneralPage::secureChanged, m_tls, &TlsPage::setTlsEnabled);
    connect(m_tls, &TlsPage::tlsToggled, m_general, &GeneralPage::setSecure);
    connect(m_general, &GeneralPage::protocolVersionChanged, this, [this](Mqtt::ProtocolVersion version) {
        for (ConnectionPage *page : std::as_const(m_pages))
            page->setProtocolVersion(version);
    });

    m_testButton = new QPushButton(QIcon(QStringLiteral(":/icons/test-connection.svg")), tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_saveButton = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_connectButton = new QPushButton(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Connect"), this);
    m_connectButton->setObjectName(QStringLiteral("connect"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setToolTip(tr("Close without keeping the changes (Esc)"));
    for (QPushButton *button : {m_testButton, m_saveButton, m_connectButton, cancel})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_connectButton);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_testResult);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(side);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 710});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    auto *connectShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto *connectShortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    for (QShortcut *shortcut : {connectShortcut, connectShortcut2}) {
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_connectButton->isEnabled())
                connectSelected();
        });
    }
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectSelected);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_test, &ConnectionTest::progress, m_testResult, &TestResultPanel::showRunning);
    connect(m_test, &ConnectionTest::finished, this, [this](const ConnectionTestResult &result) {
        m_testResult->showResult(result);
        if (!result.rejectedCertificate.isNull())
            m_tls->showRejectedCertificate(result.rejectedCertificate);
        revalidate();
    });
    connect(m_test, &ConnectionTest::runningChanged, this, &ConnectionDialog::revalidate);
    connect(m_testResult, &TestResultPanel::certificateRequested, this, [this] { m_tabs->setCurrentWidget(m_tls); });

    resize(sizeHint());
    ConnectionProfile first;
    first.name = tr("New profile");
    setProfiles({first});
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildProfileList(QWidget *side)
{
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setMinimumWidth(170);
    auto *add = listButton(QStringLiteral("newProfile"), QStringLiteral(":/icons/add.svg"), tr("New profile (Ctrl+N)"), side);
    add->setShortcut(QKeySequence::New);
    m_duplicate = listButton(QStringLiteral("duplicateProfile"), QStringLiteral(":/icons/duplicate.svg"),
                             tr("Duplicate the selected profile"), side);
    m_rename = listButton(QStringLiteral("renameProfile"), QStringLiteral(":/icons/rename.svg"),
                          tr("Rename the selected profile (F2)"), side);
    m_delete = listButton(QStringLiteral("deleteProfile"), QStringLiteral(":/icons/remove.svg"),
                          tr("Delete the selected profile"), side);
    auto *import = listButton(QStringLiteral("importProfiles"), QStringLiteral(":/icons/import.svg"),
                              tr("Import profiles from a file (MqttScope, MQTTX or MQTT Explorer)"), side);
    m_export = listButton(QStringLiteral("exportProfiles"), QStringLiteral(":/icons/export.svg"),
                          tr("Export the selected profile to a file (without passwords)"), side);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Export without secrets…"), this, [this] { chooseExportFile(false); });
    exportMenu->addAction(tr("Export with passwords and passphrases (plain text)…"), this, [this] { chooseExportFile(true); });
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::MenuButtonPopup);
    m_listStatus = new QLabel(side);
    m_listStatus->setObjectName(QStringLiteral("listStatus"));
    m_listStatus->setWordWrap(true);
    m_listStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listStatus->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QToolButton *button : {add, m_duplicate, m_rename, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(import);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 6, 0);
    auto *label = new QLabel(tr("&Profiles"), side);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_listStatus);

    connect(add, &QToolButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_duplicate, &QToolButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_rename, &QToolButton::clicked, this, &ConnectionDialog::renameProfile);
    connect(m_delete, &QToolButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(import, &QToolButton::clicked, this, &ConnectionDialog::chooseImportFile);
    connect(m_export, &QToolButton::clicked, this, [this] { chooseExportFile(false); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            selectRow(row);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        const int row = m_list->row(item);
        const QString name = item->text().trimmed();
        if (row < 0 || row >= m_profiles.size() || name.isEmpty() || name == m_profiles.at(row).name)
            return;
        storeCurrent();
        m_profiles[row].name = name;
        if (row == m_current)
            loadCurrent();
        revalidate();
    });
}

void ConnectionDialog::setStore(ProfileStore *store, const QString &currentId)
{
    m_store = store;
    const QList<ConnectionProfile> profiles = store->profiles();
    m_baseline.clear();
    for (const ConnectionProfile &profile : profiles)
        m_baseline.insert(profile.id, profile);
    setProfiles(profiles, currentId);
    // The profile file holds no secrets: fetch them, so that the password fields show them and
    // saving an edited profile does not replace them with nothing.
    connect(store, &ProfileStore::profileReady, this, &ConnectionDialog::takeSecrets, Qt::UniqueConnection);
    for (const ConnectionProfile &profile : profiles) {
        if (!profile.storeSecretsInFile)
            store->requestProfile(profile.id);
    }
}

void ConnectionDialog::takeSecrets(const ConnectionProfile &ready)
{
    if (m_baseline.contains(ready.id))
        m_baseline[ready.id].takeSecretsFrom(ready);
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id != ready.id)
            continue;
        if (i == m_current)
            storeCurrent();
        // Secrets the user typed meanwhile win.
        if (!m_profiles.at(i).hasSecrets() && ready.hasSecrets()) {
            m_profiles[i].takeSecretsFrom(ready);
            if (i == m_current)
                loadCurrent();
        }
        revalidate();
        return;
    }
}

bool ConnectionDialog::applyToStore()
{
    if (!m_store)
        return false;
    bool ok = true;
    for (const QString &id : std::as_const(m_removedIds))
        ok = m_store->removeProfile(id) && ok;
    for (const ConnectionProfile &profile : profiles()) {
        const auto before = m_baseline.constFind(profile.id);
        if (before != m_baseline.constEnd() && *before == profile)
            continue; // unchanged (an untouched example stays built in)
        ok = m_store->saveProfile(profile) && ok;
        m_baseline.insert(profile.id, profile);
    }
    if (!ok)
        setListStatus(m_store->lastError(), true);
    return ok;
}

QString ConnectionDialog::listStatus() const
{
    return m_listStatus->isVisible() || !m_listStatus->text().isEmpty() ? m_listStatus->text() : QString();
}

void ConnectionDialog::setListStatus(const QString &text, bool problem)
{
    m_listStatus->setText(text);
    m_listStatus->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    m_listStatus->setVisible(!text.isEmpty());
}

bool ConnectionDialog::importFile(const QString &path)
{
    const ProfileImporter::Result result =
        ProfileImporter::importFile(path, m_store ? m_store->certificateDirectory() : QString());
    if (!result.ok) {
        setListStatus(result.error, true);
        return false;
    }
    addProfiles(result.profiles);
    QString text = tr("Imported %n profile(s) from %1 (%2).", nullptr, int(result.profiles.size()))
                       .arg(QDir::toNativeSeparators(path), ProfileImporter::formatName(result.format));
    if (!result.warnings.isEmpty())
        text += QLatin1Char(' ') + result.warnings.join(QLatin1Char(' '));
    setListStatus(text, false);
    return true;
}

bool ConnectionDialog::exportSelected(const QString &path, bool includeSecrets)
{
    if (m_current < 0)
        return false;
    storeCurrent();
    QString error;
    if (!ProfileStore::exportProfiles({m_profiles.at(m_current)}, path, includeSecrets, &error)) {
        setListStatus(error, true);
        return false;
    }
    setListStatus(includeSecrets ? ProfileStore::secretsIncludedWarning(path)
                                 : tr("Exported \"%1\" to %2 (without secrets).")
                                       .arg(m_profiles.at(m_current).name, QDir::toNativeSeparators(path)),
                  includeSecrets);
    return true;
}

void ConnectionDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import profiles"), QString(),
        tr("Profiles (*.json);;All files (*)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        importFile(path);
}

void ConnectionDialog::chooseExportFile(bool includeSecrets)
{
    if (m_current < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, includeSecrets ? tr("Export with secrets") : tr("Export profile"),
        m_profiles.at(m_current).name + QStringLiteral(".json"), tr("Profiles (*.json)"), nullptr,
        QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        exportSelected(path, includeSecrets);
}

void ConnectionDialog::setProfiles(const QList<ConnectionProfile> &profiles, const QString &currentId)
{
    m_test->cancel();
    m_profiles = profiles;
    m_storedProblems.clear();
    m_removedIds.clear();
    m_current = -1;
    m_loading = true;
    m_list->clear();
    int select = profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < profiles.size(); ++i) {
        auto *item = new QListWidgetItem(profiles.at(i).name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(profiles.at(i).endpoint());
        if (profiles.at(i).id == currentId)
            select = i;
    }
    m_loading = false;
    if (select >= 0) {
        m_list->setCurrentRow(select);
        selectRow(select);
    } else {
        revalidate();
    }
}

void ConnectionDialog::addProfiles(const QList<ConnectionProfile> &profiles)
{
    for (ConnectionProfile profile : profiles) {
        profile.name = uniqueName(profile.name);
        addProfile(profile);
    }
}

QList<ConnectionProfile> ConnectionDialog::profiles() const
{
    QList<ConnectionProfile> list = m_profiles;
    if (m_current >= 0 && m_current < list.size())
        list[m_current] = currentProfile();
    return list;
}

ConnectionProfile ConnectionDialog::currentProfile() const
{
    if (m_current < 0 || m_current >= m_profiles.size())
        return ConnectionProfile();
    ConnectionProfile profile = m_profiles.at(m_current);
    for (const ConnectionPage *page : m_pages)
        page->apply(&profile);
    return profile;
}

int ConnectionDialog::currentRow() const
{
    return m_current;
}

void ConnectionDialog::storeCurrent()
{
    if (m_current < 0 || m_current >= m_profiles.size())
        return;
    m_profiles[m_current] = currentProfile();
    QStringList problems;
    for (const ConnectionPage *page : std::as_const(m_pages))
        problems << page->problems();
    m_storedProblems.insert(m_profiles.at(m_current).id, problems);
    if (QListWidgetItem *item = m_list->item(m_current)) {
        const QSignalBlocker block(m_list);
        item->setText(m_profiles.at(m_current).name);
        item->setToolTip(m_profiles.at(m_current).endpoint());
    }
}

void ConnectionDialog::loadCurrent()
{
    if (m_current < 0 || m_current >= m_profiles.size())
        return;
    const ConnectionProfile &profile = m_profiles.at(m_current);
    for (ConnectionPage *page : std::as_const(m_pages))
        page->load(profile);
    for (ConnectionPage *page : std::as_const(m_pages))
        page->setProtocolVersion(profile.connection.options.version);
}

void ConnectionDialog::selectRow(int row)
{
    if (row == m_current)
        return;
    storeCurrent();
    m_test->cancel();
    m_testResult->clear();
    m_current = row;
    loadCurrent();
    revalidate();
}

void ConnectionDialog::revalidate()
{
    if (m_current >= 0 && m_current < m_profiles.size()) {
        const QString name = m_general->problems().isEmpty() ? currentProfile().name : QString();
        if (QListWidgetItem *item = m_list->item(m_current); item && !name.isEmpty() && item->text() != name) {
            const QSignalBlocker block(m_list);
            item->setText(name);
        }
    }
    const QStringList wrong = problems();
    const bool haveProfile = m_current >= 0;
    const bool testing = m_test->isRunning();
    m_saveButton->setEnabled(wrong.isEmpty());
    m_saveButton->setToolTip(problemsTooltip(tr("Keep the changes to every profile and close"), wrong));
    QStringList currentProblems;
    for (const ConnectionPage *page : std::as_const(m_pages))
        currentProblems << page->problems();
    if (!haveProfile)
        currentProblems << tr("Create or choose a profile");
    m_connectButton->setEnabled(wrong.isEmpty() && haveProfile);
    m_connectButton->setToolTip(problemsTooltip(tr("Save and connect to the selected profile (Ctrl+Enter)"),
                                                wrong.isEmpty() ? currentProblems : wrong));
    m_testButton->setEnabled(currentProblems.isEmpty() && !testing);
    m_testButton->setToolTip(testing ? tr("A test is running")
                                     : problemsTooltip(tr("Connect once with these settings, show what the broker "
                                                          "answered and disconnect (Ctrl+T)"),
                                                       currentProblems));
    for (QToolButton *button : {m_duplicate, m_rename, m_delete, m_export})
        button->setEnabled(haveProfile);
    m_tabs->setEnabled(haveProfile);
    // Mark the pages that have something wrong.
    for (int i = 0; i < m_pages.size(); ++i) {
        const bool bad = !m_pages.at(i)->problems().isEmpty();
        m_tabs->setTabIcon(i, bad ? QIcon(QStringLiteral(":/icons/error.svg"))
                                  : QIcon(QStringLiteral(":/icons/page-%1.svg")
                                              .arg(m_pages.at(i)->objectName().chopped(4))));
    }
}

QStringList ConnectionDialog::problems() const
{
    QStringList list;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &profile = m_profiles.at(i);
        QStringList problems;
        if (i == m_current) {
            for (const ConnectionPage *page : m_pages)
                problems << page->problems();
            if (problems.isEmpty()) {
                if (const QString why = currentProfile().validate(); !why.isEmpty())
                    problems << why;
            }
        } else {
            problems = m_storedProblems.value(profile.id);
        }
        for (const QString &problem : std::as_const(problems))
            list << (i == m_current ? problem : tr("%1: %2").arg(profile.name, problem));
    }
    return list;
}

void ConnectionDialog::showConnectionFailure(const QString &message, const Mqtt::CertificateInfo &certificate)
{
    ConnectionTestResult result;
    result.error = message;
    result.rejectedCertificate = certificate;
    m_testResult->showResult(result);
    if (!certificate.isNull())
        m_tls->showRejectedCertificate(certificate);
}

void ConnectionDialog::testConnection()
{
    if (!m_testButton->isEnabled())
        return;
    m_test->start(currentProfile().connection);
}

void ConnectionDialog::save()
{
    if (!m_saveButton->isEnabled())
        return;
    m_test->cancel();
    storeCurrent();
    m_connect = false;
    accept();
}

void ConnectionDialog::connectSelected()
{
    if (!m_connectButton->isEnabled())
        return;
    m_test->cancel();
    storeCurrent();
    m_connect = true;
    emit connectTo(m_profiles.at(m_current));
    accept();
}

QString ConnectionDialog::uniqueName(const QString &base) const
{
    const QString stem = base.trimmed().isEmpty() ? tr("New profile") : base.trimmed();
    auto taken = [this](const QString &name) {
        return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&name](const ConnectionProfile &p) { return p.name == name; });
    };
    if (!taken(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(stem).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

void ConnectionDialog::addProfile(const ConnectionProfile &profile)
{
    storeCurrent();
    m_profiles << profile;
    {
        const QSignalBlocker block(m_list);
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(profile.endpoint());
    }
    m_list->setCurrentRow(m_profiles.size() - 1);
    selectRow(m_profiles.size() - 1);
}

void ConnectionDialog::newProfile()
{
    ConnectionProfile profile;
    profile.name = uniqueName(tr("New profile"));
    addProfile(profile);
    m_tabs->setCurrentWidget(m_general);
}

void ConnectionDialog::duplicateProfile()
{
    if (m_current < 0)
        return;
    ConnectionProfile copy = currentProfile();
    copy.id = ConnectionProfile::newId();
    copy.kind = ConnectionProfile::Kind::User;
    copy.name = uniqueName(tr("%1 copy").arg(copy.name));
    addProfile(copy);
}

void ConnectionDialog::renameProfile()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void ConnectionDialog::deleteProfile()
{
    if (m_current < 0)
        return;
    const int row = m_current;
    m_test->cancel();
    m_removedIds << m_profiles.at(row).id;
    m_storedProblems.remove(m_profiles.at(row).id);
    m_profiles.removeAt(row);
    m_current = -1;
    {
        const QSignalBlocker block(m_list);
        delete m_list->takeItem(row);
    }
    m_testResult->clear();
    const int next = m_profiles.isEmpty() ? -1 : std::min<int>(row, m_profiles.size() - 1);
    if (next >= 0) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(next);
    }
    selectRow(next);
    if (next < 0)
        revalidate();
}
