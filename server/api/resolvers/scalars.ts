// Date ("2020-01-02"), DateTime (ISO 8601 with time) and JSON. Dates are strings in the graph (cypher/README.md),
// so they pass through; input is checked so a bad date is a BAD_USER_INPUT naming the value.
import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { badInput } from '../errors.ts';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(`${JSON.stringify(value)} is not a date: write it as YYYY-MM-DD, e.g. 2020-01-02`);
  }
  return value;
}

export const scalars = {
  Date: new GraphQLScalarType<string, string>({
    name: 'Date',
    description: 'A calendar date, ISO 8601: "2020-01-02".',
    serialize: (v) => String(v).slice(0, 10),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
  }),
  DateTime: new GraphQLScalarType<string, string>({
    name: 'DateTime',
    description: 'A moment, ISO 8601: "2024-05-01T10:00:00Z".',
    serialize: (v) => String(v),
    parseValue: (v) => {
      if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) throw badInput(`${JSON.stringify(v)} is not an ISO 8601 date-time`);
      return v;
    },
  }),
  JSON: new GraphQLScalarType({
    name: 'JSON',
    description: 'Any JSON value.',
    serialize: (v) => v,
    parseValue: (v) => v,
    parseLiteral: (ast, vars) => valueFromASTUntyped(ast, vars),
  }),
};
