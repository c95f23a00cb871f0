#include "problemlabel.h"

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A dark red that stays readable on light and dark palettes' base colours.
    setStyleSheet(QStringLiteral("color: #c62828;"));
    setVisible(false);
}

void ProblemLabel::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    setText(problem);
    setToolTip(problem);
    setVisible(!problem.isEmpty());
}
