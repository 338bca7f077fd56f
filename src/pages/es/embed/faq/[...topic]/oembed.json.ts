export { GET, getStaticPaths } from '../../../../../embed/oembed-endpoint';
