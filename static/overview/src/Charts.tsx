/**
 * The overview's charts (recharts, loaded on demand so the page's first download stays small).
 * Colours are Atlaskit chart tokens, so they follow the light and dark theme. Each chart repeats
 * figures a table beside it gives with their links; the chart itself is for the eye.
 */
import { token } from '@atlaskit/tokens';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ConfiguredOverview } from '../../../src/ui-contract/overview-view';
import { useI18n } from '../../common';

const axis = { stroke: token('color.text.subtle'), fontSize: 12 };
const tooltipStyle = {
  backgroundColor: token('elevation.surface.overlay'),
  border: `1px solid ${token('color.border')}`,
  color: token('color.text'),
};

export function TrendChart({ trends }: { trends: ConfiguredOverview['trends'] }) {
  const { t } = useI18n();
  // The series' names are their keys: the legend and tooltip show them in the viewer's language.
  const opened = t('overview.trends.ncOpened');
  const closed = t('overview.trends.ncClosed');
  const findings = t('overview.trends.findings');
  const risks = t('overview.trends.risks');
  const data = trends.map((q) => ({
    quarter: q.quarter,
    [opened]: q.ncOpened.count,
    [closed]: q.ncClosed.count,
    [findings]: q.findingsRaised.count,
    [risks]: q.risksIdentified.count,
  }));
  return (
    <div style={{ width: '100%', height: 260 }} aria-hidden="true" data-testid="trend-chart">
      <ResponsiveContainer>
        <LineChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke={token('color.border')} strokeDasharray="3 3" />
          <XAxis dataKey="quarter" tick={axis} stroke={token('color.border')} />
          <YAxis allowDecimals={false} tick={axis} stroke={token('color.border')} />
          <Tooltip contentStyle={tooltipStyle} />
          <Legend wrapperStyle={{ color: token('color.text') }} />
          <Line
            type="monotone"
            dataKey={opened}
            stroke={token('color.chart.red.bold')}
            strokeWidth={2}
          />
          <Line
            type="monotone"
            dataKey={closed}
            stroke={token('color.chart.green.bold')}
            strokeWidth={2}
          />
          <Line
            type="monotone"
            dataKey={findings}
            stroke={token('color.chart.orange.bold')}
            strokeWidth={2}
          />
          <Line
            type="monotone"
            dataKey={risks}
            stroke={token('color.chart.blue.bold')}
            strokeWidth={2}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function RiskLevelChart({ levels }: { levels: ConfiguredOverview['risks']['levels'] }) {
  const { t } = useI18n();
  const inherent = t('overview.inherent');
  const residual = t('overview.residual');
  const data = levels.map((l) => ({
    band: l.band,
    [inherent]: l.inherent.count,
    [residual]: l.residual.count,
  }));
  return (
    <div style={{ width: '100%', height: 220 }} aria-hidden="true" data-testid="risk-level-chart">
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke={token('color.border')} strokeDasharray="3 3" />
          <XAxis dataKey="band" tick={axis} stroke={token('color.border')} />
          <YAxis allowDecimals={false} tick={axis} stroke={token('color.border')} />
          <Tooltip
            contentStyle={tooltipStyle}
            cursor={{ fill: token('color.background.neutral') }}
          />
          <Legend wrapperStyle={{ color: token('color.text') }} />
          <Bar dataKey={inherent} fill={token('color.chart.orange.bold')} />
          <Bar dataKey={residual} fill={token('color.chart.blue.bold')} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
